-- The schedule slot a nightly check ran for (issue 18): the scheduled time of the cron firing, the same on every
-- instance whatever its clock says, so that a second instance firing late (clock skew) after the first one finished
-- finds the slot taken and runs nothing. Empty for a run on demand. NULLs are distinct: runs on demand never clash.
ALTER TABLE check_run ADD COLUMN slot TIMESTAMPTZ;
ALTER TABLE check_run ADD CONSTRAINT check_run_slot_key UNIQUE (check_name, slot);
