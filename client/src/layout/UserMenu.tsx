import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import './UserMenu.css';

/** Who is signed in, and what they can do about it. */
export function UserMenu() {
  const { state, signOut, deleteAccount } = useAuth();
  const navigate = useNavigate();
  if (state.status === 'loading') return null;
  if (state.status === 'signed-out') return <Link to="/signin">Sign in</Link>;

  const { user } = state;
  async function handleDelete() {
    const what =
      user.kind === 'guest'
        ? 'this guest and its practice sessions'
        : 'your account and its practice sessions';
    if (!window.confirm(`Delete ${what}? This cannot be undone.`)) return;
    await deleteAccount();
    void navigate('/');
  }

  return (
    <details className="user-menu">
      <summary data-testid="user-menu">
        {user.displayName}
        {user.kind === 'guest' && <span className="user-guest"> (guest)</span>}
      </summary>
      <ul>
        {user.kind === 'guest' && (
          <li>
            <Link to="/signin?mode=register">Create an account to keep your history</Link>
          </li>
        )}
        <li>
          <a href="/api/me/export" download>
            Export my data
          </a>
        </li>
        <li>
          <button type="button" className="secondary" onClick={() => void signOut()}>
            Sign out
          </button>
        </li>
        <li>
          <button type="button" className="secondary danger" onClick={() => void handleDelete()}>
            Delete {user.kind === 'guest' ? 'guest' : 'account'}
          </button>
        </li>
      </ul>
    </details>
  );
}
