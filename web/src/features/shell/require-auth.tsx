import { Center, Loader, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { setUnauthenticatedHandler } from '../../api/client';
import { ErrorAlert } from '../../ui/error-alert';
import { meKey, useMe } from '../auth/auth.api';

/** Shows the signed-in pages only with a session; otherwise sends the reader to the login page. */
export function RequireAuth() {
  const { data: me, isPending, error } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();

  useEffect(() => {
    // A 401 on any call means the session ended (expired, revoked, signed out elsewhere).
    setUnauthenticatedHandler(() => {
      const from = window.location.pathname + window.location.search;
      client.clear();
      client.setQueryData(meKey, null);
      void navigate('/login', { replace: true, state: { from } });
    });
    return () => setUnauthenticatedHandler(null);
  }, [client, navigate]);

  if (isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (error) {
    return (
      <Stack p="xl" maw={600} mx="auto">
        <ErrorAlert error={error} />
      </Stack>
    );
  }
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
