import type { AppDeps } from '../../app';

export async function createAdmin(_deps: AppDeps, _input: { email: string; name: string; password: string }): Promise<'created' | 'reset'> {
  throw new Error('not implemented yet');
}
