-- The embedded H2 database relies on the application's guards (entity listeners) for the visa
-- history; PostgreSQL also enforces it with triggers (postgresql/V12).
select 1;
