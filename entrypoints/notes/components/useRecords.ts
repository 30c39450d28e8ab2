import { useCallback, useEffect, useRef, useState } from 'react';
import { listRecords, listTags, type InteractionRecord, type NotesDb, type NotesFilter } from '@/lib/notes';
import { failureText } from './labels';

export const PAGE_SIZE = 25;

export interface RecordsView {
  records: InteractionRecord[];
  total: number;
  tags: string[];
  loading: boolean;
  error: string | null;
  /** Shows the next page below the ones already shown. */
  showMore(): void;
  /** Reads the list again (after a save, an import, a delete), keeping how many are shown. */
  refresh(): void;
}

/** The list for a filter, newest first, `PAGE_SIZE` more at a time. */
export function useRecords(db: NotesDb, filter: NotesFilter): RecordsView {
  // `key` stands for the filter's content: a new object with the same filter reads nothing again.
  const key = JSON.stringify(filter);
  // How many are shown, for the filter it was set for: a new filter starts from the first page again.
  const [shown, setShown] = useState({ key, limit: PAGE_SIZE });
  const limit = shown.key === key ? shown.limit : PAGE_SIZE;
  const [version, setVersion] = useState(0);
  const query = `${key}|${limit}|${version}`;
  const [result, setResult] = useState({
    query: '',
    records: [] as InteractionRecord[],
    total: 0,
    tags: [] as string[],
    error: null as string | null,
  });
  // Only the latest query may answer: typing in the search box starts one per keystroke.
  const latest = useRef('');

  useEffect(() => {
    latest.current = query;
    const answer = (update: Partial<typeof result>) =>
      latest.current === query && setResult((r) => ({ ...r, ...update, query }));
    Promise.all([listRecords(db, JSON.parse(key) as NotesFilter, { limit }), listTags(db)]).then(
      ([{ records, total }, tags]) => answer({ records, total, tags, error: null }),
      (e: unknown) => answer({ error: failureText(e) }),
    );
  }, [db, key, limit, query]);

  const showMore = useCallback(() => setShown({ key, limit: limit + PAGE_SIZE }), [key, limit]);
  const refresh = useCallback(() => setVersion((n) => n + 1), []);
  const { records, total, tags, error } = result;
  return { records, total, tags, error, loading: result.query !== query, showMore, refresh };
}
