// Profil instansi (what new SOPs start from) and the shared list of executor role names
// offered when adding executors.

import type { OrganisationProfile, OrganisationProfileInput } from '../../../shared/model/library';
import {
  EMPTY_PROFILE,
  executorRoleSchema,
  organisationProfileSchema,
} from '../../../shared/model/library';
import type { LibraryContext } from './context';

const PROFILE_KEY = 'organisationProfile';

export function readProfile(ctx: LibraryContext): OrganisationProfile {
  const stored = organisationProfileSchema.safeParse(ctx.settings.get(PROFILE_KEY));
  return stored.success ? stored.data : EMPTY_PROFILE;
}

export function writeProfile(
  ctx: LibraryContext,
  profile: OrganisationProfileInput,
): OrganisationProfile {
  const valid = organisationProfileSchema.parse(profile);
  ctx.settings.set(PROFILE_KEY, valid);
  return valid;
}

export function readRoles(ctx: LibraryContext): string[] {
  return ctx.settings.roles();
}

export function writeRoles(ctx: LibraryContext, names: readonly string[]): string[] {
  ctx.settings.setRoles(names.map((name) => executorRoleSchema.parse(name)));
  return ctx.settings.roles();
}

/** Adds a role at the end unless it is already listed (in any letter case). */
export function addRole(ctx: LibraryContext, name: string): string[] {
  const role = executorRoleSchema.parse(name);
  const roles = ctx.settings.roles();
  if (roles.some((existing) => existing.toLowerCase() === role.toLowerCase())) return roles;
  return writeRoles(ctx, [...roles, role]);
}
