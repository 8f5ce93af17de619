// Large buttons, and links that look like them. `primary` is the one main action of a screen.
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link } from '../app/router.tsx';

type Variant = 'primary' | 'secondary' | 'quiet';

function classes(variant: Variant): string {
  return variant === 'secondary' ? 'button' : `button ${variant}`;
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
}

export function Button({ variant = 'secondary', type = 'button', className, ...rest }: ButtonProps) {
  const names = className === undefined ? classes(variant) : `${classes(variant)} ${className}`;
  return <button type={type} className={names} {...rest} />;
}

interface ButtonLinkProps {
  to: string;
  variant?: Variant;
  children: ReactNode;
}

export function ButtonLink({ to, variant = 'secondary', children }: ButtonLinkProps) {
  return (
    <Link to={to} className={classes(variant)}>
      {children}
    </Link>
  );
}
