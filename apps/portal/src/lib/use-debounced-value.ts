import { useEffect, useState } from 'react';

/** How long typing must pause before a search goes to the server. */
export const searchDelayMs = 300;

/** `value`, once it has stayed the same for `delayMs`: what a search box sends while the person types. */
export function useDebouncedValue<T>(value: T, delayMs = searchDelayMs): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
