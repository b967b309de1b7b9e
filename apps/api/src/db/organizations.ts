import type { OrganizationInput } from "@rubric/core";
import type { Kysely } from "kysely";
import type { Database, OrganizationRow } from "./schema.ts";

export type Organization = Omit<OrganizationRow, "owner_id">;

export async function createOrganizationForNewRecruiter(
  db: Kysely<Database>,
  ownerId: string,
  name: string,
): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto("recruiter_organization")
    .values({ owner_id: ownerId, name: name.trim(), created_at: now, updated_at: now })
    .onConflict((oc) => oc.column("owner_id").doNothing())
    .execute();
}

export async function findOrganization(db: Kysely<Database>, ownerId: string) {
  return db
    .selectFrom("recruiter_organization")
    .select(["id", "name", "website", "size", "description", "created_at", "updated_at"])
    .where("owner_id", "=", ownerId)
    .executeTakeFirst();
}

/** Creates or replaces the owner's organization details in one statement. */
export async function saveOrganization(
  db: Kysely<Database>,
  ownerId: string,
  input: Required<OrganizationInput>,
) {
  const now = new Date().toISOString();
  const values = {
    name: input.name,
    website: input.website,
    size: input.size,
    description: input.description,
    updated_at: now,
  };
  await db
    .insertInto("recruiter_organization")
    .values({ ...values, owner_id: ownerId, created_at: now })
    .onConflict((oc) => oc.column("owner_id").doUpdateSet(values))
    .execute();
  return findOrganization(db, ownerId);
}
