/** The site's icon: the dashboard's red square with a jagged line, as SVG markup. */
export const SITE_ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#a2361f"/>' +
  '<path d="M4 18l7-6 5 7 5-9 7 6" fill="none" stroke="#fff" stroke-width="3" stroke-linejoin="round"/></svg>';
