// Choosing and ordering the executor columns of a new SOP from the organisation's roles.

import { describe, expect, it } from 'vitest';
import {
  addRole,
  moveRole,
  newRoles,
  roleRows,
  startChoice,
  toggleRole,
  type RoleChoice,
} from '../../../renderer/src/features/new-sop/role-choice';

const ROLES = ['Pelaksana/Staf', 'Kepala Seksi', 'Kepala Bidang', 'Kepala Dinas'];

describe('new SOP columns from the profile roles', () => {
  it('offers every role, none chosen, each name once', () => {
    const choice = startChoice([...ROLES, 'kepala seksi']);
    expect(choice).toEqual({ offered: ROLES, chosen: [] });
    expect(roleRows(choice).map((row) => row.column)).toEqual([null, null, null, null]);
  });

  it('makes each ticked role the next column and lists the chosen first, in column order', () => {
    let choice = startChoice(ROLES);
    choice = toggleRole(choice, 'Kepala Dinas');
    choice = toggleRole(choice, 'Pelaksana/Staf');
    choice = toggleRole(choice, 'Kepala Seksi');
    expect(choice.chosen).toEqual(['Kepala Dinas', 'Pelaksana/Staf', 'Kepala Seksi']);
    expect(roleRows(choice)).toEqual([
      { name: 'Kepala Dinas', column: 1 },
      { name: 'Pelaksana/Staf', column: 2 },
      { name: 'Kepala Seksi', column: 3 },
      { name: 'Kepala Bidang', column: null },
    ]);
    choice = toggleRole(choice, 'Pelaksana/Staf');
    expect(choice.chosen).toEqual(['Kepala Dinas', 'Kepala Seksi']);
  });

  it('moves a chosen role left and right, not past either end', () => {
    let choice: RoleChoice = {
      offered: ROLES,
      chosen: ['Kepala Dinas', 'Kepala Seksi', 'Pelaksana/Staf'],
    };
    choice = moveRole(choice, 'Pelaksana/Staf', -1);
    expect(choice.chosen).toEqual(['Kepala Dinas', 'Pelaksana/Staf', 'Kepala Seksi']);
    expect(moveRole(choice, 'Kepala Dinas', -1)).toBe(choice);
    expect(moveRole(choice, 'Kepala Seksi', 1)).toBe(choice);
    expect(moveRole(choice, 'Kepala Bidang', 1)).toBe(choice);
    expect(moveRole(choice, 'Kepala Dinas', 1).chosen).toEqual([
      'Pelaksana/Staf',
      'Kepala Dinas',
      'Kepala Seksi',
    ]);
  });

  it('adds a typed role as the next column, or chooses the listed one of that name', () => {
    let choice = startChoice(ROLES);
    choice = addRole(choice, '  Bendahara   Pengeluaran ');
    choice = addRole(choice, 'KEPALA DINAS');
    choice = addRole(choice, '   ');
    expect(choice.chosen).toEqual(['Bendahara Pengeluaran', 'Kepala Dinas']);
    expect(choice.offered).toEqual([...ROLES, 'Bendahara Pengeluaran']);
    expect(addRole(choice, 'bendahara pengeluaran')).toBe(choice);
    expect(newRoles(choice, ROLES)).toEqual(['Bendahara Pengeluaran']);
  });
});
