import { NavLink, Outlet } from 'react-router-dom';
import { ConnectionBadge } from './ConnectionBadge';
import { UserMenu } from './UserMenu';
import './AppShell.css';

const NAV = [
  { to: '/practice', label: 'Practice' },
  { to: '/questions', label: 'Questions' },
  { to: '/interviews', label: 'Interviews' },
  { to: '/history', label: 'History' },
  { to: '/progress', label: 'Progress' },
] as const;

/** Header, navigation and the page below; the skip link lets keyboard users jump past the nav. */
export function AppShell() {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <NavLink to="/" className="brand" end>
          MockLoop
        </NavLink>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <ConnectionBadge />
        <UserMenu />
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
