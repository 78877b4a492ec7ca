import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * A message handed over by the page that navigated here ("saved"), shown once: it is taken out of
 * the history entry so that reloading or coming back does not show it again.
 */
export function useFlash(): [string | null, () => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const incoming = (location.state as { flash?: unknown } | null)?.flash;
  const [flash, setFlash] = useState<string | null>(typeof incoming === 'string' ? incoming : null);
  const [seenKey, setSeenKey] = useState(location.key);
  if (seenKey !== location.key) {
    setSeenKey(location.key);
    if (typeof incoming === 'string') setFlash(incoming);
  }

  useEffect(() => {
    if (typeof incoming === 'string')
      void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [incoming, location.pathname, location.search, navigate]);

  return [flash, () => setFlash(null)];
}
