// The part of itemsjs's API the benchmark uses (the package ships no types).
declare module 'itemsjs' {
  interface ItemsJs {
    search(options: { query?: string; filters?: Record<string, string[]>; per_page?: number; sort?: string }): {
      pagination: { total: number };
      data: { items: unknown[]; aggregations: Record<string, { buckets: { key: string; doc_count: number }[] }> };
    };
  }
  export default function itemsjs(items: object[], configuration: object): ItemsJs;
}
