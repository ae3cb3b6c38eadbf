-- Authority notification history, candidates, files and the notices on cases are written once; no
-- authority, key or notification is ever deleted (a key is revoked, an authority deactivated).
create trigger authority_notification_event_append_only before update or delete on authority_notification_event
  for each row execute function mae_reject_change();
create trigger authority_notification_candidate_append_only before update or delete on authority_notification_candidate
  for each row execute function mae_reject_change();
create trigger authority_notification_file_append_only before update or delete on authority_notification_file
  for each row execute function mae_reject_change();
create trigger case_authority_notice_append_only before update or delete on case_authority_notice
  for each row execute function mae_reject_change();
create trigger authority_notification_no_delete before delete on authority_notification
  for each row execute function mae_reject_change();
create trigger foreign_authority_no_delete before delete on foreign_authority
  for each row execute function mae_reject_change();
create trigger authority_api_key_no_delete before delete on authority_api_key
  for each row execute function mae_reject_change();
