## Nhãn của các mã lưu trong hồ sơ người dùng (lĩnh vực, vai trò): không để lộ mã thô cho người đọc.

people-sector-mttq = Mặt trận Tổ quốc
people-sector-cong_doan = Công đoàn
people-sector-doan_tn = Đoàn Thanh niên
people-sector-hoi_nd = Hội Nông dân
people-sector-hoi_phu_nu = Hội Liên hiệp Phụ nữ
people-sector-hoi_ccb = Hội Cựu chiến binh
people-sector-llvt = Lực lượng vũ trang
people-sector-giao_duc = Giáo dục
people-sector-y_te = Y tế
people-sector-dang_uy_co_quan = Đảng ủy cơ quan
people-role-collaborator = Cộng tác viên
people-role-official = Cán bộ phụ trách
people-role-liaison = Đầu mối cơ quan phối hợp
people-role-admin = Quản trị hệ thống
