import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type * as MacroContracts from '../../../../src/modules/tickets/macros/macros.contracts';
import { api } from '../../api/client';

// Macros (canned replies) of the agent console: shared ones and the agent's personal ones (docs/agent-console.md).

export type Macro = Static<typeof MacroContracts.Macro>;
export type MacroActions = Macro['actions'];
export type CreateMacroRequest = Static<typeof MacroContracts.CreateMacroBody>;
export type PatchMacroRequest = Static<typeof MacroContracts.PatchMacroBody>;

export const macrosKey = ['macros'] as const;
const enc = encodeURIComponent;

export const listMacros = () => api.get<{ items: Macro[] }>('/macros').then((r) => r.items);
export const createMacro = (body: CreateMacroRequest) => api.post<Macro>('/macros', body);
export const patchMacro = (id: string, body: PatchMacroRequest) => api.patch<Macro>(`/macros/${enc(id)}`, body);
export const deleteMacro = (id: string) => api.delete(`/macros/${enc(id)}`);

/** Every macro the agent may use or edit (active and inactive); the picker keeps the active ones. */
export function useMacros() {
  return useQuery({ queryKey: macrosKey, queryFn: listMacros, staleTime: 60_000 });
}

/** Saves a new or changed macro, or deletes one; the list is read again after. */
export function useMacroChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (change: { id?: string; create?: CreateMacroRequest; patch?: PatchMacroRequest; remove?: boolean }): Promise<Macro | null> => {
      if (change.remove && change.id) return deleteMacro(change.id).then(() => null);
      if (change.id && change.patch) return patchMacro(change.id, change.patch);
      return createMacro(change.create!);
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: macrosKey }),
  });
}

/** The macro's name in the reader's language. */
export function macroName(macro: Pick<Macro, 'nameZh' | 'nameEn'>, language: string): string {
  return language.startsWith('zh') ? macro.nameZh : macro.nameEn;
}

/** The macro's text in the reader's language. */
export function macroBody(macro: Pick<Macro, 'bodyZh' | 'bodyEn'>, language: string): string {
  return language.startsWith('zh') ? macro.bodyZh : macro.bodyEn;
}
