/** Query keys of the unit feature; every structural change invalidates them all. */
export const orgUnitKeys = {
  all: ['org-units'] as const,
  tree: (asOf: string) => ['org-units', 'tree', asOf] as const,
  list: (params: object) => ['org-units', 'list', params] as const,
  search: (params: object) => ['org-units', 'search', params] as const,
  detail: (id: string) => ['org-units', 'detail', id] as const,
};
