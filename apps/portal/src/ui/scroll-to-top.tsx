import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** A new page starts at its top, as it would after a full page load; filter changes keep the position. */
export function ScrollToTop() {
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect is meant to run for each new pathname
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  return null;
}
