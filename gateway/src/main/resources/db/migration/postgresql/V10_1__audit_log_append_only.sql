-- On the production database the audit log cannot be changed below the application either: events
-- are inserted, never updated, deleted or truncated; the chain head is only ever moved forward.
create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function mae_reject_change();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function mae_reject_change();

create function mae_audit_head_forward() returns trigger language plpgsql as $$
begin
  if new.last_id <> old.last_id + 1 then
    raise exception 'MAE audit chain head only moves forward by one event (% -> %)', old.last_id, new.last_id;
  end if;
  return new;
end;
$$;
create trigger audit_chain_head_forward before update on audit_chain_head
  for each row execute function mae_audit_head_forward();
create trigger audit_chain_head_no_delete before delete on audit_chain_head
  for each row execute function mae_reject_change();
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
  for each statement execute function mae_reject_change();
