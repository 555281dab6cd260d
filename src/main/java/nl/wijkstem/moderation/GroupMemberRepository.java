package nl.wijkstem.moderation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

	@Query("select m from GroupMember m where m.groupId in :groupIds")
	List<GroupMember> findInGroups(@Param("groupIds") Collection<Long> groupIds);

	List<GroupMember> findByGroupId(Long groupId);

	/** These ideas that are in a group, with its name: pairs of idea id and name. */
	@Query("select m.ideaId, g.name from GroupMember m, IdeaGroup g where g.id = m.groupId and m.ideaId in :ideaIds")
	List<Object[]> groupNames(@Param("ideaIds") Collection<Long> ideaIds);

	@Modifying
	@Query("delete from GroupMember m where m.groupId = :groupId")
	void deleteByGroup(@Param("groupId") Long groupId);

}
