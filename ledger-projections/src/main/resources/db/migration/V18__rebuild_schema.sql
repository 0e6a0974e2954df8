-- Copies of read models under rebuild (issue 18): a rebuild builds a read model's tables here, beside the live
-- ones, and swaps their rows into the live tables when it has caught up. The schema belongs to the migrating
-- user; the service's role may create (and so own and drop) its copy tables here and nothing more: it still owns
-- none of the live tables, so it cannot rename, alter or truncate them.
CREATE SCHEMA rebuild;
GRANT USAGE, CREATE ON SCHEMA rebuild TO ${appRole};
