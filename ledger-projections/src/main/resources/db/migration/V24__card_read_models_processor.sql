-- The card's streaming read models (card_balance, statement_entry, ranking) are fed by one tracking processor,
-- card_read_models, instead of one each: one read of the log and one deserialisation per event for the three.
-- Each read model's old token is kept here: the shared processor starts at the lowest of them (so that none misses
-- an event) and each read model skips the events its old processor had handled (so that none takes one twice).
-- A read model rebuilt, or the shared processor past every old token, removes its row.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM token_entry
                WHERE processor_name IN ('card_balance', 'statement_entry', 'ranking')
                GROUP BY processor_name HAVING count(*) > 1) THEN
        RAISE EXCEPTION 'card_balance, statement_entry or ranking runs with more than one segment: merge its '
            'segments first (docs/operations.md, "Segments per processor": one segment, then rebuild)';
    END IF;
END $$;

CREATE TABLE read_model_handover (
    read_model TEXT PRIMARY KEY,
    token BYTEA NOT NULL,
    token_type TEXT NOT NULL
);

INSERT INTO read_model_handover (read_model, token, token_type)
SELECT processor_name, token, token_type
  FROM token_entry
 WHERE processor_name IN ('card_balance', 'statement_entry', 'ranking') AND token IS NOT NULL;

DELETE FROM token_entry WHERE processor_name IN ('card_balance', 'statement_entry', 'ranking');
