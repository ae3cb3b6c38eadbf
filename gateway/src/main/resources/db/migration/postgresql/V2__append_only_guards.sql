-- On the production database the history is protected below the application too:
-- versions, persons, parties and attachments can be inserted, never updated or deleted.
create or replace function mae_reject_change() returns trigger language plpgsql as $$
begin
  raise exception 'MAE history is append-only: % on % is not allowed', tg_op, tg_table_name;
end;
$$;

create trigger case_version_append_only before update or delete on case_version
  for each row execute function mae_reject_change();
create trigger missing_person_append_only before update or delete on missing_person
  for each row execute function mae_reject_change();
create trigger involved_party_append_only before update or delete on involved_party
  for each row execute function mae_reject_change();
create trigger attachment_append_only before update or delete on attachment
  for each row execute function mae_reject_change();
create trigger case_file_no_delete before delete on case_file
  for each row execute function mae_reject_change();
