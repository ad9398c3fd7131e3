-- A draft can be deleted (issue #9, item 1), and its own history goes with it: nothing was filed.
-- A filed dossier can never be deleted, and its history stays whole. Written by hand: triggers are
-- not in prisma/schema.prisma, so `npm run db:migration:create` has nothing to diff.

CREATE FUNCTION refuse_delete_of_filed_application() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" <> 'DRAFT' THEN
    RAISE EXCEPTION 'application % was filed and cannot be deleted', OLD."id" USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN OLD;
END;
$$;

CREATE TRIGGER "Application_only_drafts_deleted" BEFORE DELETE ON "Application"
  FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_filed_application();

-- Status events are still never deleted on their own: only by the cascade of their application's
-- deletion (which the trigger above allows for drafts alone), when the application is already gone.
CREATE FUNCTION refuse_delete_of_status_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Application" WHERE "id" = OLD."applicationId") THEN
    RAISE EXCEPTION 'StatusEvent rows are append-only: DELETE refused' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN OLD;
END;
$$;

DROP TRIGGER "StatusEvent_no_delete" ON "StatusEvent";
CREATE TRIGGER "StatusEvent_no_delete" BEFORE DELETE ON "StatusEvent"
  FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_status_event();
