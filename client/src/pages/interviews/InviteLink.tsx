import { useId, useState } from 'react';

/** The invite link in a read-only field, with a Copy button that says when it worked. */
export function InviteLink({ url }: { url: string }) {
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure origin, a refused permission): the field is selected instead.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setCopied('no');
    }
  }

  return (
    <div className="invite-link">
      <label htmlFor={id}>Invite link</label>
      <div className="invite-link-row">
        <input id={id} type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
        <button type="button" className="secondary" onClick={() => void handleCopy()}>
          Copy
        </button>
      </div>
      <p role="status" className="muted">
        {copied === 'yes' && 'Copied. Send it to the person you interview.'}
        {copied === 'no' && 'Copying is blocked here: the link is selected, copy it by hand.'}
      </p>
    </div>
  );
}
