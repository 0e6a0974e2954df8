-- Account changes on every instance (issue 18): each instance remembers verified passwords for a while (bcrypt is
-- slow) and page sessions keep the user as signed in. A stamp per user, new at every change of what signing in
-- depends on, lets every instance see which users changed: it polls the users changed lately (changed_at) and
-- forgets what it remembered of a user whose stamp is no longer the one it saw. The stamps come from one sequence,
-- so a user removed and created again under the same name never gets an earlier stamp back.
CREATE SEQUENCE app_user_stamp_seq;

ALTER TABLE app_user ADD COLUMN stamp BIGINT NOT NULL DEFAULT nextval('app_user_stamp_seq');
ALTER TABLE app_user ADD COLUMN changed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp();
CREATE INDEX app_user_changed_at_idx ON app_user (changed_at);

-- Set here, not by the service: no code path that changes an account can forget to.
CREATE FUNCTION app_user_stamp() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
       OR NEW.role IS DISTINCT FROM OLD.role
       OR NEW.enabled IS DISTINCT FROM OLD.enabled
       OR NEW.card_id IS DISTINCT FROM OLD.card_id
       OR NEW.username IS DISTINCT FROM OLD.username THEN
        NEW.stamp := nextval('app_user_stamp_seq');
        NEW.changed_at := clock_timestamp();
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER app_user_stamp
    BEFORE UPDATE ON app_user
    FOR EACH ROW EXECUTE FUNCTION app_user_stamp();

-- A staff member's or kiosk's stations are part of what a session keeps: a change there is a change of the user.
CREATE FUNCTION user_station_stamp() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE app_user SET stamp = nextval('app_user_stamp_seq'), changed_at = clock_timestamp()
         WHERE username = OLD.username;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE app_user SET stamp = nextval('app_user_stamp_seq'), changed_at = clock_timestamp()
         WHERE username = NEW.username;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER user_station_stamp
    AFTER INSERT OR UPDATE OR DELETE ON user_station
    FOR EACH ROW EXECUTE FUNCTION user_station_stamp();
