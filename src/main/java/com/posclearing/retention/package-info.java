/**
 * Retention (issue 15): {@code retention.yaml} says how long each kind of what pos-clearing writes is kept
 * ({@link com.posclearing.retention.RetentionPolicy}); the purge itself, with its safety rules and audit, is the adapter
 * {@code retention.batch}, run by the schedule ({@code jobs/purge.yaml}) and by {@code ops/settle purge}.
 */
package com.posclearing.retention;
