import { login } from './server';

/** Signs in as the bench admin and creates an API key with the given scopes. */
export async function benchApiKey(baseUrl: string, email: string, password: string, scopes: string[]): Promise<string> {
  const { cookie, csrf } = await login(baseUrl, email, password);
  const res = await fetch(`${baseUrl}/api/v1/api-keys`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench', scopes }),
  });
  if (res.status !== 201) throw new Error(`api key: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { key: string }).key;
}
