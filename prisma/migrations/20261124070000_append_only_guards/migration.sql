-- The status history and the audit log are append-only, and a submitted document is immutable.
-- The application code never changes them; these triggers make the database refuse it too, so that
-- neither a bug nor a hand-written query can rewrite a dossier's history.

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "StatusEvent_append_only" BEFORE UPDATE ON "StatusEvent"
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE FUNCTION refuse_change_to_submitted_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."submittedAt" IS NOT NULL THEN
    RAISE EXCEPTION 'document % was submitted and is immutable: % refused', OLD."id", TG_OP USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER "Document_immutable_once_submitted" BEFORE UPDATE OR DELETE ON "Document"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_submitted_document();
