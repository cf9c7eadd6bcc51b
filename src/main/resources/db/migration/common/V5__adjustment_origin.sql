-- Adjustments made by a rerun after delivery name the run that made them, so a restarted rerun replaces its own
-- rows instead of adding them twice.
ALTER TABLE adjustment ADD origin_date DATE;
ALTER TABLE adjustment ADD origin_run INTEGER;
