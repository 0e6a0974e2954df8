-- The KIOSK role: a tablet at a reading-room door or an activity's sign-in table. It is bound to
-- exactly one station (a row of user_station, as staff are) and reads that station's check-in codes.
ALTER TABLE app_user DROP CONSTRAINT app_user_role_check;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_check
    CHECK (role IN ('ADMIN', 'STAFF', 'VOLUNTEER', 'AUDITOR', 'KIOSK'));

-- The service names one station when it creates a kiosk; a second station is refused here too.
CREATE FUNCTION user_station_one_per_kiosk() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM app_user WHERE username = NEW.username AND role = 'KIOSK')
       AND EXISTS (SELECT 1 FROM user_station WHERE username = NEW.username AND station_id <> NEW.station_id) THEN
        RAISE EXCEPTION 'kiosk % is bound to one station only', NEW.username
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER user_station_one_per_kiosk
    BEFORE INSERT OR UPDATE ON user_station
    FOR EACH ROW EXECUTE FUNCTION user_station_one_per_kiosk();
