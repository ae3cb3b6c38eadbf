-- The embedded H2 database relies on the application's guards (entity listeners) for the PFIF
-- records; PostgreSQL also enforces them with triggers (postgresql/V16_1).
select 1;
