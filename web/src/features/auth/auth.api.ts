import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../api/client';
import { isApiError } from '../../api/api-error';
import type {
  ChangePasswordRequest,
  LoginRequest,
  LoginResponse,
  Me,
  MeResponse,
  Permission,
  Session,
  UpdateMeRequest,
} from '../../api/types';

export const meKey = ['auth', 'me'] as const;
export const sessionsKey = ['auth', 'sessions'] as const;

/** The signed-in user, or null when there is no session. Keeps the CSRF token current. */
async function fetchMe(): Promise<Me | null> {
  try {
    const res = await api.get<MeResponse>('/auth/me', undefined, { allowUnauthenticated: true });
    setCsrfToken(res.csrfToken);
    return res.user;
  } catch (err) {
    if (isApiError(err) && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** The signed-in user; only for components rendered inside the signed-in layout. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside a signed-in page');
  return data;
}

/** `can('users:manage')`: does the signed-in user hold the permission? */
export function usePermissions(): (permission: Permission) => boolean {
  const { data } = useMe();
  return (permission) => Boolean(data?.permissions.includes(permission));
}

export async function login(body: LoginRequest): Promise<Me> {
  const res = await api.post<LoginResponse>('/auth/login', body, { allowUnauthenticated: true });
  setCsrfToken(res.csrfToken);
  return res.user;
}

export async function logout(): Promise<void> {
  try {
    await api.post<void>('/auth/logout', undefined, { allowUnauthenticated: true });
  } finally {
    setCsrfToken(null);
  }
}

export const updateMe = (body: UpdateMeRequest) => api.patch<{ user: Me }>('/auth/me', body).then((r) => r.user);
export const changePassword = (body: ChangePasswordRequest) => api.post<void>('/auth/password', body);
export const fetchSessions = () => api.get<{ items: Session[] }>('/auth/sessions').then((r) => r.items);
export const revokeSession = (id: string) => api.delete(`/auth/sessions/${encodeURIComponent(id)}`);

/** Replaces the cached user after a change to the profile. */
export function useSetMe() {
  const client = useQueryClient();
  return (me: Me | null) => client.setQueryData(meKey, me);
}
