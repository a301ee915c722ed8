## Labels of codes stored on people (sector, role): raw codes never reach a reader.

people-sector-mttq = Fatherland Front
people-sector-cong_doan = Trade union
people-sector-doan_tn = Youth Union
people-sector-hoi_nd = Farmers' Union
people-sector-hoi_phu_nu = Women's Union
people-sector-hoi_ccb = Veterans' Association
people-sector-llvt = Armed forces
people-sector-giao_duc = Education
people-sector-y_te = Health
people-sector-dang_uy_co_quan = Party committee of agencies
people-role-collaborator = Collaborator
people-role-official = Official
people-role-liaison = Liaison of a responsible body
people-role-admin = Administrator
