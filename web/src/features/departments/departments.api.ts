import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  CreateDepartmentRequest,
  CreateTeamRequest,
  Department,
  DepartmentWithTeams,
  Team,
  UpdateDepartmentRequest,
  UpdateTeamRequest,
} from '../../api/types';

export const departmentsKey = ['departments'] as const;

export const listDepartments = () => api.get<{ items: DepartmentWithTeams[] }>('/departments').then((r) => r.items);
export const createDepartment = (body: CreateDepartmentRequest) => api.post<Department>('/departments', body);
export const updateDepartment = (id: string, body: UpdateDepartmentRequest) => api.patch<Department>(`/departments/${id}`, body);
export const deleteDepartment = (id: string) => api.delete(`/departments/${id}`);
export const createTeam = (body: CreateTeamRequest) => api.post<Team>('/teams', body);
export const updateTeam = (id: string, body: UpdateTeamRequest) => api.patch<Team>(`/teams/${id}`, body);
export const deleteTeam = (id: string) => api.delete(`/teams/${id}`);

export function useDepartments(enabled = true) {
  return useQuery({ queryKey: departmentsKey, queryFn: listDepartments, enabled });
}
