/** A request's refusal, inline under the control that sent it; announced when it appears. */
export function RequestError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="error-text" role="alert">
      {error}
    </p>
  );
}
