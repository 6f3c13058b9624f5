import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Organisation, UpdateOrganisationRequest } from '../../api/types';

export const organisationKey = ['organisation'] as const;

export const fetchOrganisation = () => api.get<Organisation>('/organisation');
export const updateOrganisation = (body: UpdateOrganisationRequest) => api.patch<Organisation>('/organisation', body);

export function useOrganisation() {
  return useQuery({ queryKey: organisationKey, queryFn: fetchOrganisation });
}
