import { useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from './use-debounced-value';

/**
 * A search box whose text lives in the address. What is typed shows at once; `commit` (which writes the
 * address, and so the query) follows after a pause, so a search is one history entry, not one per key.
 * When the address changes on its own (Back, Reset, a pasted link), the box shows its search.
 *
 * The third value commits at once (Enter). `commit` must be stable (a `useCallback`), or every render would commit again.
 */
export function useAddressSearch(
  search: string,
  commit: (search: string) => void,
): [text: string, setText: (text: string) => void, commitNow: () => void] {
  const [text, setText] = useState(search);
  const sent = useRef(search);
  useEffect(() => {
    if (search !== sent.current) {
      sent.current = search;
      setText(search);
    }
  }, [search]);
  const settled = useDebouncedValue(text);
  useEffect(() => {
    if (settled === sent.current) return;
    sent.current = settled;
    commit(settled);
  }, [settled, commit]);
  // Enter in the box: no need to wait for the pause.
  const commitNow = () => {
    sent.current = text;
    commit(text);
  };
  return [text, setText, commitNow];
}
