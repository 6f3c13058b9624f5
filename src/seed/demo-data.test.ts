import { describe, expect, it } from 'vitest';
import { roles } from '../platform/auth/permissions';
import { demoStaff, demoStores, demoTeams } from './demo-data';

describe('demo data', () => {
  const staff = demoStaff();

  it('has staff in every role', () => {
    expect(new Set(staff.map((s) => s.role))).toEqual(new Set(roles));
  });

  it('is the same on every run (seeded names)', () => {
    expect(demoStaff().map((s) => s.name)).toEqual(staff.map((s) => s.name));
  });

  it('gives every person a unique email and a manager that exists', () => {
    const keys = new Set(staff.map((s) => s.key));
    expect(new Set(staff.map((s) => s.email)).size).toBe(staff.length);
    for (const s of staff) if (s.reportsTo) expect(keys.has(s.reportsTo)).toBe(true);
  });

  it('places teams and store staff in places that exist', () => {
    const teamNames = new Set(demoTeams.map((t) => t.name));
    const storeCodes = new Set(demoStores.map((s) => s.code));
    for (const s of staff) {
      if (s.team) expect(teamNames.has(s.team)).toBe(true);
      if (s.store) expect(storeCodes.has(s.store)).toBe(true);
    }
    expect(staff.filter((s) => s.role === 'store_manager')).toHaveLength(demoStores.length);
  });

  it('follows the service hierarchy: agents report to team leads, team leads to a supervisor', () => {
    const byKey = new Map(staff.map((s) => [s.key, s]));
    for (const s of staff.filter((x) => x.role === 'agent')) expect(byKey.get(s.reportsTo!)?.role).toBe('team_lead');
    for (const s of staff.filter((x) => x.role === 'team_lead')) expect(byKey.get(s.reportsTo!)?.role).toBe('supervisor');
  });
});
