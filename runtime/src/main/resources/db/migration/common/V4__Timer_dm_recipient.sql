-- Schema version 4: the user a DM timer's channel is with, so that the DM can be opened again after
-- a restart. Timers written before keep none, and their DM is found as before.
ALTER TABLE plugin_timers ADD COLUMN IF NOT EXISTS channel_recipient_id VARCHAR(255);

DELETE FROM cogbot_schema;
INSERT INTO cogbot_schema (version) VALUES (4);
