import type { Id, Locale, PageQuery, Timestamp } from './common';

// ---- organisation ----

export interface Organisation {
  name: string;
  timezone: string;
  defaultLocale: Locale;
  currency: string;
  updatedAt: Timestamp;
}
export type UpdateOrganisationRequest = Partial<Pick<Organisation, 'name' | 'timezone' | 'defaultLocale' | 'currency'>>;

/** One weekday's hours; `day` 0 = Sunday; `close` before `open` means past midnight. */
export interface OpeningHoursEntry {
  day: number;
  open: string;
  close: string;
}

export interface Store {
  id: Id;
  code: string;
  name: string;
  address: string;
  city: string;
  phone: string;
  timezone: string | null;
  openingHours: OpeningHoursEntry[];
  active: boolean;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface StoreListQuery extends PageQuery {
  q?: string;
  active?: boolean;
}

export interface CreateStoreRequest {
  code: string;
  name: string;
  address?: string;
  city?: string;
  phone?: string;
  /** null: use the organisation's zone. */
  timezone?: string | null;
  openingHours?: OpeningHoursEntry[];
}
export type UpdateStoreRequest = Partial<CreateStoreRequest> & { active?: boolean };

export interface Department {
  id: Id;
  code: string;
  name: string;
  description: string;
  sortOrder: number;
}
export interface Team {
  id: Id;
  departmentId: Id;
  name: string;
  description: string;
}
export type DepartmentWithTeams = Department & { teams: Team[] };

export interface CreateDepartmentRequest {
  code: string;
  name: string;
  description?: string;
  sortOrder?: number;
}
export type UpdateDepartmentRequest = Partial<Omit<CreateDepartmentRequest, 'code'>>;

export interface CreateTeamRequest {
  departmentId: Id;
  name: string;
  description?: string;
}
export type UpdateTeamRequest = Partial<CreateTeamRequest>;
