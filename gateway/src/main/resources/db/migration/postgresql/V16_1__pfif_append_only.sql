-- Records received over PFIF and the matches made of them are written once: never updated or deleted.
create trigger pfif_person_append_only before update or delete on pfif_person
  for each row execute function mae_reject_change();
create trigger pfif_note_append_only before update or delete on pfif_note
  for each row execute function mae_reject_change();
create trigger pfif_match_append_only before update or delete on pfif_match
  for each row execute function mae_reject_change();
