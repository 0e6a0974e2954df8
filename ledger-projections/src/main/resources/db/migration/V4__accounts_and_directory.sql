-- Accounts get their scope: staff are bound to stations, a volunteer to one card.
ALTER TABLE app_user ADD COLUMN card_id VARCHAR(64);
ALTER TABLE app_user ADD CONSTRAINT app_user_role_check
    CHECK (role IN ('ADMIN', 'STAFF', 'VOLUNTEER', 'AUDITOR'));
ALTER TABLE app_user ADD CONSTRAINT app_user_volunteer_card_check
    CHECK ((role = 'VOLUNTEER') = (card_id IS NOT NULL));

CREATE TABLE user_station (
    username   VARCHAR(100) NOT NULL REFERENCES app_user (username),
    station_id VARCHAR(64)  NOT NULL REFERENCES station (station_id),
    CONSTRAINT user_station_pkey PRIMARY KEY (username, station_id)
);

-- Which station issued each card and where each entry was earned: what authorisation decides
-- on. Kept in the recording transaction (a subscribing processor), so it is never behind.
CREATE TABLE card_directory (
    card_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    station_id VARCHAR(64) NOT NULL
);

CREATE TABLE entry_directory (
    entry_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    card_id    VARCHAR(64) NOT NULL,
    station_id VARCHAR(64) NOT NULL
);
