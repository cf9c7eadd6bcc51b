-- The nightly report reads the break transitions of one calendar day; break_event is kept forever.
CREATE INDEX break_event_at ON break_event (at_time);
