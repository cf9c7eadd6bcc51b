// The runs page's chart of the last 30 dates: match rate, breaks and payout total, from /runs/trend.json.
(function () {
  var el = document.getElementById('chart');
  if (!el || typeof echarts === 'undefined') { return; }
  fetch(el.dataset.source, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (points) {
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: ['match rate %', 'breaks', 'payout total (yuan)'] },
      xAxis: { type: 'category', data: points.map(function (p) { return p.date; }) },
      yAxis: [{ type: 'value', name: '% / breaks' }, { type: 'value', name: 'yuan' }],
      series: [
        { name: 'match rate %', type: 'line', data: points.map(function (p) { return p.matchRatePercent; }) },
        { name: 'breaks', type: 'bar', data: points.map(function (p) { return p.breaks; }) },
        { name: 'payout total (yuan)', type: 'line', yAxisIndex: 1, data: points.map(function (p) { return p.payoutYuan; }) }
      ]
    });
    el.setAttribute('data-rendered', String(points.length));
  });
})();
