// The executor columns of a new SOP chosen from the organisation's roles: which roles, in which
// order (left to right in the table). Pure functions of the choice, so the dialog only draws it.

export type RoleChoice = {
  /** Every role offered: the organisation's list, then the ones typed in the dialog. */
  offered: readonly string[];
  /** The chosen roles in column order. */
  chosen: readonly string[];
};

export type RoleRow = { name: string; column: number | null };

export function startChoice(roles: readonly string[]): RoleChoice {
  return { offered: uniqueNames(roles), chosen: [] };
}

/** Chooses a role as the next column, or leaves it out again. */
export function toggleRole(choice: RoleChoice, name: string): RoleChoice {
  const chosen = choice.chosen.includes(name)
    ? choice.chosen.filter((role) => role !== name)
    : [...choice.chosen, name];
  return { ...choice, chosen };
}

/** Moves a chosen role one column to the left (-1) or right (+1). */
export function moveRole(choice: RoleChoice, name: string, step: -1 | 1): RoleChoice {
  const from = choice.chosen.indexOf(name);
  const to = from + step;
  if (from < 0 || to < 0 || to >= choice.chosen.length) return choice;
  const chosen = [...choice.chosen];
  chosen.splice(from, 1);
  chosen.splice(to, 0, name);
  return { ...choice, chosen };
}

/**
 * A role typed in the dialog becomes the next column; a name already offered (in any letter case)
 * chooses that role instead of adding a second one.
 */
export function addRole(choice: RoleChoice, typed: string): RoleChoice {
  const name = typed.trim().replace(/\s+/g, ' ');
  if (name === '') return choice;
  const existing = choice.offered.find((role) => sameName(role, name));
  if (existing) {
    return choice.chosen.includes(existing) ? choice : toggleRole(choice, existing);
  }
  return { offered: [...choice.offered, name], chosen: [...choice.chosen, name] };
}

/** The rows as the dialog lists them: the chosen roles in column order, then the others. */
export function roleRows(choice: RoleChoice): RoleRow[] {
  return [
    ...choice.chosen.map((name, i) => ({ name, column: i + 1 })),
    ...choice.offered
      .filter((name) => !choice.chosen.includes(name))
      .map((name) => ({ name, column: null })),
  ];
}

/** The chosen roles that the organisation's list does not have yet. */
export function newRoles(choice: RoleChoice, roles: readonly string[]): string[] {
  return choice.chosen.filter((name) => !roles.some((role) => sameName(role, name)));
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('id') === b.toLocaleLowerCase('id');
}

function uniqueNames(names: readonly string[]): string[] {
  return names.filter((name, i) => names.findIndex((other) => sameName(other, name)) === i);
}
