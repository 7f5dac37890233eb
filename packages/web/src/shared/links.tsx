import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
} from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { Ref } from 'react';

/** Mantine components rendered as router links, so they keep both the look and typed routes. */

type AnchorAdapterProps = Omit<AnchorProps, 'href'> & { ref?: Ref<HTMLAnchorElement> };
function AnchorAdapter(props: AnchorAdapterProps & React.ComponentPropsWithoutRef<'a'>) {
  return <Anchor {...props} />;
}
const CreatedAnchorLink = createLink(AnchorAdapter);
export const AnchorLink: LinkComponent<typeof AnchorAdapter> = (props) => (
  <CreatedAnchorLink preload="intent" {...props} />
);

type ButtonAdapterProps = ButtonProps & { ref?: Ref<HTMLAnchorElement> };
function ButtonAdapter(props: ButtonAdapterProps & React.ComponentPropsWithoutRef<'a'>) {
  return <Button component="a" {...props} />;
}
const CreatedButtonLink = createLink(ButtonAdapter);
export const ButtonLink: LinkComponent<typeof ButtonAdapter> = (props) => (
  <CreatedButtonLink preload="intent" {...props} />
);

type NavLinkAdapterProps = Omit<NavLinkProps, 'href'> & { ref?: Ref<HTMLAnchorElement> };
function NavLinkAdapter(props: NavLinkAdapterProps & React.ComponentPropsWithoutRef<'a'>) {
  return <NavLink component="a" {...props} />;
}
const CreatedNavLink = createLink(NavLinkAdapter);
export const RouterNavLink: LinkComponent<typeof NavLinkAdapter> = (props) => (
  <CreatedNavLink preload="intent" {...props} />
);
