// Where an Ashby admin creates API keys and sets what each may do, named the same way in every
// message, the help and the README (Ashby's own help puts the page there).
export const API_KEYS_PAGE = 'Admin > Integrations > API Keys';
export const API_KEYS_URL = 'https://app.ashbyhq.com/admin/api/keys';
