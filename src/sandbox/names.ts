// Word lists for the seeded organisation. Invented, common names only.
export const FIRST_NAMES = [
  'Ada', 'Grace', 'Alan', 'Katherine', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances', 'Tim', 'Radia', 'Guido', 'Hedy',
  'Edsger', 'Annie', 'John', 'Mary', 'Niklaus', 'Sophie', 'Bjarne', 'Lynn', 'James', 'Shafi', 'Donald', 'Jean', 'Leslie', 'Carol',
  'Yukihiro', 'Evelyn', 'Tony', 'Joan', 'Brian', 'Adele', 'Whitfield', 'Karen', 'Vint', 'Elena', 'Rob', 'Ines', 'Omar', 'Priya',
  'Mateo', 'Amara', 'Kenji', 'Zanele', 'Lars', 'Fatima', 'Diego', 'Mei',
];
export const LAST_NAMES = [
  'Lovelace', 'Hopper', 'Turing', 'Johnson', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Allen', 'Berners', 'Perlman',
  'Rossum', 'Lamarr', 'Dijkstra', 'Easley', 'Backus', 'Keller', 'Wirth', 'Wilson', 'Stroustrup', 'Conway', 'Gosling', 'Goldwasser',
  'Knuth', 'Sammet', 'Lamport', 'Shaw', 'Matsumoto', 'Berezin', 'Hoare', 'Clarke', 'Kernighan', 'Goldberg', 'Diffie', 'Jones',
  'Cerf', 'Petrova', 'Pike', 'Moreno', 'Haddad', 'Raman', 'Silva', 'Okafor', 'Tanaka', 'Dlamini', 'Nilsson', 'Rahman', 'Vargas', 'Chen',
];
export const COMPANIES = ['Initech', 'Globex', 'Umbrella Labs', 'Hooli', 'Vandelay Industries', 'Stark Systems', 'Wayne Analytics', 'Acme Cloud', 'Pied Piper', 'Soylent Data'];
export const POSITIONS = ['Software Engineer', 'Senior Software Engineer', 'Product Manager', 'Data Scientist', 'Designer', 'Account Executive', 'Engineering Manager', 'Recruiter', 'Marketing Lead', 'Support Specialist'];
export const SCHOOLS = ['State University', 'Institute of Technology', 'City College', 'Polytechnic School', 'Open University'];
export const NOTE_TEXTS = [
  'Strong systems background; wants to grow into a lead role.',
  'Referred by a former colleague. Prefers hybrid work.',
  'Great conversation about distributed systems. Follow up next week.',
  'Salary expectations are above the band; discuss with the hiring manager.',
  'Available to start in six weeks.',
];
