import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgreementInput, ContributionInput, PartnerInput, PartnerKind, PartnerSummary, PartnerView } from '@lantoa/contracts/partners';
import { apiFetch } from '../../../lib/api-client.ts';

export type PartnerListParams = { kind?: PartnerKind; international?: 'true' | 'false'; q?: string; sort?: string; page?: number; pageSize?: number };

export function usePartners(params: PartnerListParams) {
  return useQuery({
    queryKey: ['partners', 'list', params],
    queryFn: ({ signal }) => apiFetch<{ items: PartnerSummary[]; total: number; page: number; pageSize: number }>('/partners', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePartner(id: string) {
  return useQuery({ queryKey: ['partners', 'detail', id], queryFn: ({ signal }) => apiFetch<PartnerView>(`/partners/${encodeURIComponent(id)}`, { signal }) });
}

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerInput) => apiFetch<PartnerView>('/partners', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['partners', 'list'] }),
  });
}

export function usePartnerMutations(id: string) {
  const queryClient = useQueryClient();
  const onSuccess = (view: PartnerView) => {
    queryClient.setQueryData(['partners', 'detail', id], view);
    void queryClient.invalidateQueries({ queryKey: ['partners', 'list'] });
  };
  const path = `/partners/${encodeURIComponent(id)}`;
  return {
    addAgreement: useMutation({ mutationFn: (body: AgreementInput) => apiFetch<PartnerView>(`${path}/agreements`, { method: 'POST', body }), onSuccess }),
    addContribution: useMutation({ mutationFn: (body: ContributionInput) => apiFetch<PartnerView>(`${path}/contributions`, { method: 'POST', body }), onSuccess }),
    remove: useMutation({ mutationFn: (v: { kind: 'agreements' | 'contributions' | 'activities'; itemId: string }) => apiFetch<PartnerView>(`${path}/${v.kind}/${encodeURIComponent(v.itemId)}`, { method: 'DELETE' }), onSuccess }),
  };
}
