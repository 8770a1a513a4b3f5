import { lazy, Suspense, useCallback, useSyncExternalStore } from 'react';
import { SharedDocKey, type Language } from '@mockloop/shared';
import type { SharedDoc } from '../RoomController';

const SharedMonaco = lazy(() => import('./SharedMonaco'));

const LANGUAGES: Record<Language, string> = { javascript: 'JavaScript', typescript: 'TypeScript' };

function isLanguage(value: unknown): value is Language {
  return value === 'javascript' || value === 'typescript';
}

/** The shared `meta.language`: switching it switches the editor (and the runs) for both. */
function useSharedLanguage(shared: SharedDoc): [Language, (next: Language) => void] {
  const meta = shared.doc.getMap(SharedDocKey.Meta);
  const subscribe = useCallback(
    (listener: () => void) => {
      meta.observe(listener);
      return () => meta.unobserve(listener);
    },
    [meta],
  );
  const value: unknown = useSyncExternalStore(subscribe, () => meta.get('language'));
  const set = useCallback((next: Language) => meta.set('language', next), [meta]);
  return [isLanguage(value) ? value : 'javascript', set];
}

/** The coding question's shared editor with its shared language switch. */
export function SharedCodeEditor({ shared, title }: { shared: SharedDoc; title: string }) {
  const [language, setLanguage] = useSharedLanguage(shared);
  return (
    <section className="room-work" aria-label="Shared code">
      <div className="room-work-toolbar">
        <label>
          Language{' '}
          <select
            value={language}
            onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}
          >
            {Object.entries(LANGUAGES).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {!shared.synced && <span className="muted">Syncing…</span>}
      </div>
      <div className="room-work-editor">
        <Suspense fallback={<p>Loading editor…</p>}>
          <SharedMonaco
            shared={shared}
            textKey={SharedDocKey.Code}
            language={language}
            label={`${title}: shared code`}
          />
        </Suspense>
      </div>
    </section>
  );
}
